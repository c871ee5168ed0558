import * as echarts from 'echarts';

/*
 * <zhiban-echart>: one Apache ECharts instance described by the `option` property.
 *
 * The chart is created when the element enters the document and disposed when it leaves, and the option
 * is applied again on creation, so a re-attached element shows what the server last set. Each option
 * replaces the previous one (notMerge), matching the Java side's "setOption replaces the chart".
 *
 * A click on a data item of a series dispatches `zhiban-echart-click` (EChart.ItemClickEvent on the Java side)
 * with detail { name, seriesName, dataIndex, seriesIndex, value }, value as a string.
 */
class ZhibanEChart extends HTMLElement {
  constructor() {
    super();
    this._option = {};
    this._chart = null;
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = `
      <style>
        :host { display: block; position: relative; min-height: 12rem; }
        :host([hidden]) { display: none; }
        .chart { position: absolute; inset: 0; }
      </style>
      <div class="chart"></div>`;
    this._container = root.querySelector('.chart');
  }

  get option() {
    return this._option;
  }

  set option(value) {
    this._option = value && typeof value === 'object' ? value : {};
    this._applyOption();
  }

  connectedCallback() {
    // A value set before this class was defined is an own property hiding the accessor: pass it through.
    if (Object.prototype.hasOwnProperty.call(this, 'option')) {
      const value = this.option;
      delete this.option;
      this.option = value;
    }
    this._chart = echarts.init(this._container);
    // Handlers go with the instance in dispose(), so each attach registers its own.
    this._chart.on('click', (params) => this._onClick(params));
    this._applyOption();
    this._resizeObserver = new ResizeObserver(() => this._chart?.resize());
    this._resizeObserver.observe(this._container);
  }

  disconnectedCallback() {
    this._resizeObserver?.disconnect();
    this._resizeObserver = null;
    this._chart?.dispose();
    this._chart = null;
  }

  _onClick(params) {
    // Only data items of series: not markPoint/markLine, legend, axes or title (ECharts reports those too).
    if (!params || params.componentType !== 'series') {
      return;
    }
    this.dispatchEvent(new CustomEvent('zhiban-echart-click', {
      detail: {
        name: params.name == null ? '' : String(params.name),
        seriesName: params.seriesName == null ? '' : String(params.seriesName),
        dataIndex: Number.isInteger(params.dataIndex) ? params.dataIndex : -1,
        seriesIndex: Number.isInteger(params.seriesIndex) ? params.seriesIndex : -1,
        value: ZhibanEChart._valueText(params.value),
      },
    }));
  }

  static _valueText(value) {
    if (value == null) {
      return '';
    }
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
  }

  _applyOption() {
    if (this._chart) {
      this._chart.setOption(this._option, { notMerge: true });
    }
  }
}

if (!customElements.get('zhiban-echart')) {
  customElements.define('zhiban-echart', ZhibanEChart);
}
